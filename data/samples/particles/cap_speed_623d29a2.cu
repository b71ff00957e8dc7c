// Warp 1.19.0 cuda code for cap_speed_623d29a2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void cap_speed_9c0037ef_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_max_speed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // vel = particle_v[tid]                                                                  <L 8>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // speed = wp.length(vel)                                                                 <L 9>
        var_4 = wp::length(var_2);
        // if speed > max_speed:                                                                  <L 10>
        var_5 = (var_4 > var_max_speed);
        if (var_5) {
            // velocities_out[tid] = vel * (max_speed / speed)                                    <L 11>
            var_6 = wp::div(var_max_speed, var_4);
            var_7 = wp::mul(var_2, var_6);
            wp::array_store(var_velocities_out, var_0, var_7);
        }
        if (!var_5) {
            // velocities_out[tid] = vel                                                          <L 13>
            wp::array_store(var_velocities_out, var_0, var_2);
        }
    }
}



extern "C" __global__ void cap_speed_9c0037ef_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_max_speed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::float32 adj_max_speed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        bool var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // vel = particle_v[tid]                                                                  <L 8>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // speed = wp.length(vel)                                                                 <L 9>
        var_4 = wp::length(var_2);
        // if speed > max_speed:                                                                  <L 10>
        var_5 = (var_4 > var_max_speed);
        if (var_5) {
            // velocities_out[tid] = vel * (max_speed / speed)                                    <L 11>
            var_6 = wp::div(var_max_speed, var_4);
            var_7 = wp::mul(var_2, var_6);
            // wp::array_store(var_velocities_out, var_0, var_7);
        }
        if (!var_5) {
            // velocities_out[tid] = vel                                                          <L 13>
            // wp::array_store(var_velocities_out, var_0, var_2);
        }
        //---------
        // reverse
        if (!var_5) {
            wp::adj_array_store(var_velocities_out, var_0, var_2, adj_velocities_out, adj_0, adj_2);
            // adj: velocities_out[tid] = vel                                                     <L 13>
        }
        if (var_5) {
            wp::adj_array_store(var_velocities_out, var_0, var_7, adj_velocities_out, adj_0, adj_7);
            wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
            wp::adj_div(var_max_speed, var_4, var_6, adj_max_speed, adj_4, adj_6);
            // adj: velocities_out[tid] = vel * (max_speed / speed)                               <L 11>
        }
        // adj: if speed > max_speed:                                                             <L 10>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        // adj: speed = wp.length(vel)                                                            <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
        // adj: vel = particle_v[tid]                                                             <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def cap_speed(particle_v: wp.array[wp.vec3], max_speed: float, velocities_out: wp.array[wp.vec3]):  <L 5>
        continue;
    }
}

