// Warp 1.19.0 cuda code for collide_walls_496452bd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collide_walls_e5fc7cf2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_y_min,
    wp::float32 var_restitution)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def collide_walls(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 12>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 13>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if x[1] < y_min:                                                                       <L 14>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_y_min);
        if (var_9) {
            // x = wp.vec3(x[0], y_min, x[2])                                                     <L 15>
            var_11 = wp::extract(var_2, var_10);
            var_13 = wp::extract(var_2, var_12);
            var_14 = wp::vec_t<3, wp::float32>(var_11, var_y_min, var_13);
            // v = wp.vec3(v[0], -v[1] * restitution, v[2])                                       <L 16>
            var_16 = wp::extract(var_5, var_15);
            var_18 = wp::extract(var_5, var_17);
            var_19 = wp::neg(var_18);
            var_20 = wp::mul(var_19, var_restitution);
            var_22 = wp::extract(var_5, var_21);
            var_23 = wp::vec_t<3, wp::float32>(var_16, var_20, var_22);
        }
        var_24 = wp::where(var_9, var_14, var_2);
        var_25 = wp::where(var_9, var_23, var_5);
        // particle_x[tid] = x                                                                    <L 17>
        wp::array_store(var_particle_x, var_0, var_24);
        // velocities[tid] = v                                                                    <L 18>
        wp::array_store(var_velocities, var_0, var_25);
}



extern "C" __global__ void collide_walls_e5fc7cf2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_y_min,
    wp::float32 var_restitution,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::float32 adj_y_min,
    wp::float32 adj_restitution)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 2;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def collide_walls(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 12>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 13>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if x[1] < y_min:                                                                       <L 14>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_y_min);
        if (var_9) {
            // x = wp.vec3(x[0], y_min, x[2])                                                     <L 15>
            var_11 = wp::extract(var_2, var_10);
            var_13 = wp::extract(var_2, var_12);
            var_14 = wp::vec_t<3, wp::float32>(var_11, var_y_min, var_13);
            // v = wp.vec3(v[0], -v[1] * restitution, v[2])                                       <L 16>
            var_16 = wp::extract(var_5, var_15);
            var_18 = wp::extract(var_5, var_17);
            var_19 = wp::neg(var_18);
            var_20 = wp::mul(var_19, var_restitution);
            var_22 = wp::extract(var_5, var_21);
            var_23 = wp::vec_t<3, wp::float32>(var_16, var_20, var_22);
        }
        var_24 = wp::where(var_9, var_14, var_2);
        var_25 = wp::where(var_9, var_23, var_5);
        // particle_x[tid] = x                                                                    <L 17>
        // wp::array_store(var_particle_x, var_0, var_24);
        // velocities[tid] = v                                                                    <L 18>
        // wp::array_store(var_velocities, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_velocities, var_0, var_25, adj_velocities, adj_0, adj_25);
        // adj: velocities[tid] = v                                                               <L 18>
        wp::adj_array_store(var_particle_x, var_0, var_24, adj_particle_x, adj_0, adj_24);
        // adj: particle_x[tid] = x                                                               <L 17>
        wp::adj_where(var_9, var_23, var_5, adj_9, adj_23, adj_5, adj_25);
        wp::adj_where(var_9, var_14, var_2, adj_9, adj_14, adj_2, adj_24);
        if (var_9) {
            wp::adj_vec_t(var_16, var_20, var_22, adj_16, adj_20, adj_22, adj_23);
            wp::adj_extract(var_5, var_21, adj_5, adj_21, adj_22);
            wp::adj_mul(var_19, var_restitution, adj_19, adj_restitution, adj_20);
            wp::adj_neg(var_18, adj_18, adj_19);
            wp::adj_extract(var_5, var_17, adj_5, adj_17, adj_18);
            wp::adj_extract(var_5, var_15, adj_5, adj_15, adj_16);
            // adj: v = wp.vec3(v[0], -v[1] * restitution, v[2])                                  <L 16>
            wp::adj_vec_t(var_11, var_y_min, var_13, adj_11, adj_y_min, adj_13, adj_14);
            wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
            wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
            // adj: x = wp.vec3(x[0], y_min, x[2])                                                <L 15>
        }
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: if x[1] < y_min:                                                                  <L 14>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: x = particle_x[tid]                                                               <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def collide_walls(                                                                <L 5>
        return;
}

