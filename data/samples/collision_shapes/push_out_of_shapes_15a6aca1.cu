// Warp 1.19.0 cuda code for push_out_of_shapes_15a6aca1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void push_out_of_shapes_ddf17ef3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_floor)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::vec_t<3, wp::float32> var_15;
        bool var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def push_out_of_shapes(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = particle_radius[tid]                                                               <L 15>
        var_4 = wp::address(var_particle_radius, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = pos                                                                                <L 16>
        var_7 = wp::copy(var_2);
        // delta = p - (pos - up * (wp.dot(pos, up) - floor))                                     <L 17>
        var_8 = wp::dot(var_2, var_up);
        var_9 = wp::sub(var_8, var_floor);
        var_10 = wp::mul(var_up, var_9);
        var_11 = wp::sub(var_2, var_10);
        var_12 = wp::sub(var_7, var_11);
        // dist = wp.length(delta)                                                                <L 18>
        var_13 = wp::length(var_12);
        // n = wp.vec3(0.0)                                                                       <L 19>
        var_15 = wp::vec_t<3, wp::float32>(var_14);
        // if dist > 0.0 and dist < r:                                                            <L 20>
        var_18 = (var_13 > var_17);
        var_16 = var_18;
        if (var_16) {
            var_19 = (var_13 < var_5);
            var_16 = var_16 && var_19;
        }
        if (var_16) {
            // n = delta / dist                                                                   <L 21>
            var_20 = wp::div(var_12, var_13);
            // p = p + n * (r - dist)                                                             <L 22>
            var_21 = wp::sub(var_5, var_13);
            var_22 = wp::mul(var_20, var_21);
            var_23 = wp::add(var_7, var_22);
        }
        var_24 = wp::where(var_16, var_23, var_7);
        var_25 = wp::where(var_16, var_20, var_15);
        // new_positions[tid] = p                                                                 <L 23>
        wp::array_store(var_new_positions, var_0, var_24);
        // contact_normals[tid] = n                                                               <L 24>
        wp::array_store(var_contact_normals, var_0, var_25);
}



extern "C" __global__ void push_out_of_shapes_ddf17ef3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_floor,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals,
    wp::vec_t<3, wp::float32> adj_up,
    wp::float32 adj_floor)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::vec_t<3, wp::float32> var_15;
        bool var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def push_out_of_shapes(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = particle_radius[tid]                                                               <L 15>
        var_4 = wp::address(var_particle_radius, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = pos                                                                                <L 16>
        var_7 = wp::copy(var_2);
        // delta = p - (pos - up * (wp.dot(pos, up) - floor))                                     <L 17>
        var_8 = wp::dot(var_2, var_up);
        var_9 = wp::sub(var_8, var_floor);
        var_10 = wp::mul(var_up, var_9);
        var_11 = wp::sub(var_2, var_10);
        var_12 = wp::sub(var_7, var_11);
        // dist = wp.length(delta)                                                                <L 18>
        var_13 = wp::length(var_12);
        // n = wp.vec3(0.0)                                                                       <L 19>
        var_15 = wp::vec_t<3, wp::float32>(var_14);
        // if dist > 0.0 and dist < r:                                                            <L 20>
        var_18 = (var_13 > var_17);
        var_16 = var_18;
        if (var_16) {
            var_19 = (var_13 < var_5);
            var_16 = var_16 && var_19;
        }
        if (var_16) {
            // n = delta / dist                                                                   <L 21>
            var_20 = wp::div(var_12, var_13);
            // p = p + n * (r - dist)                                                             <L 22>
            var_21 = wp::sub(var_5, var_13);
            var_22 = wp::mul(var_20, var_21);
            var_23 = wp::add(var_7, var_22);
        }
        var_24 = wp::where(var_16, var_23, var_7);
        var_25 = wp::where(var_16, var_20, var_15);
        // new_positions[tid] = p                                                                 <L 23>
        // wp::array_store(var_new_positions, var_0, var_24);
        // contact_normals[tid] = n                                                               <L 24>
        // wp::array_store(var_contact_normals, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_contact_normals, var_0, var_25, adj_contact_normals, adj_0, adj_25);
        // adj: contact_normals[tid] = n                                                          <L 24>
        wp::adj_array_store(var_new_positions, var_0, var_24, adj_new_positions, adj_0, adj_24);
        // adj: new_positions[tid] = p                                                            <L 23>
        wp::adj_where(var_16, var_20, var_15, adj_16, adj_20, adj_15, adj_25);
        wp::adj_where(var_16, var_23, var_7, adj_16, adj_23, adj_7, adj_24);
        if (var_16) {
            wp::adj_add(var_7, var_22, adj_7, adj_22, adj_23);
            wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
            wp::adj_sub(var_5, var_13, adj_5, adj_13, adj_21);
            // adj: p = p + n * (r - dist)                                                        <L 22>
            wp::adj_div(var_12, var_13, adj_12, adj_13, adj_20);
            // adj: n = delta / dist                                                              <L 21>
        }
        if (var_16) {
        }
        // adj: if dist > 0.0 and dist < r:                                                       <L 20>
        wp::adj_vec_t(var_14, adj_14, adj_15);
        // adj: n = wp.vec3(0.0)                                                                  <L 19>
        wp::adj_length(var_12, var_13, adj_12, adj_13);
        // adj: dist = wp.length(delta)                                                           <L 18>
        wp::adj_sub(var_7, var_11, adj_7, adj_11, adj_12);
        wp::adj_sub(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_mul(var_up, var_9, adj_up, adj_9, adj_10);
        wp::adj_sub(var_8, var_floor, adj_8, adj_floor, adj_9);
        wp::adj_dot(var_2, var_up, adj_2, adj_up, adj_8);
        // adj: delta = p - (pos - up * (wp.dot(pos, up) - floor))                                <L 17>
        wp::adj_copy(var_2, adj_2, adj_7);
        // adj: p = pos                                                                           <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
        // adj: r = particle_radius[tid]                                                          <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: pos = positions[tid]                                                              <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def push_out_of_shapes(                                                           <L 5>
        return;
}

