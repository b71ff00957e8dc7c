// Warp 1.19.0 cuda code for velocity_step_a92baecb.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// velocity_step.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 5>
    // return -kd * v                                                                         <L 6>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    return var_1;
}


// velocity_step.py:4
static CUDA_CALLABLE void adj_drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 5>
    // return -kd * v                                                                         <L 6>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_v, adj_0, adj_v, adj_1);
    wp::adj_neg(var_kd, adj_kd, adj_0);
    // adj: return -kd * v                                                                    <L 6>
    // adj: def drag_force(v: wp.vec3, kd: float):                                            <L 5>
    return;
}



extern "C" __global__ void velocity_step_3f1cc017_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::float32 var_k_damp,
    wp::float32 var_dt)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def velocity_step(                                                                     <L 10>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 19>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = drag_force(vel, k_damp) * inv_masses[tid]                                          <L 20>
        var_4 = drag_force_0(var_2, var_k_damp);
        var_5 = wp::address(var_inv_masses, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_4, var_7);
        // v_out[tid] = vel + a * dt                                                              <L 21>
        var_8 = wp::mul(var_6, var_dt);
        var_9 = wp::add(var_2, var_8);
        wp::array_store(var_v_out, var_0, var_9);
    }
}



extern "C" __global__ void velocity_step_3f1cc017_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::float32 var_k_damp,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out,
    wp::float32 adj_k_damp,
    wp::float32 adj_dt)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def velocity_step(                                                                     <L 10>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 19>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = drag_force(vel, k_damp) * inv_masses[tid]                                          <L 20>
        var_4 = drag_force_0(var_2, var_k_damp);
        var_5 = wp::address(var_inv_masses, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_4, var_7);
        // v_out[tid] = vel + a * dt                                                              <L 21>
        var_8 = wp::mul(var_6, var_dt);
        var_9 = wp::add(var_2, var_8);
        // wp::array_store(var_v_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
        wp::adj_add(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_8);
        // adj: v_out[tid] = vel + a * dt                                                         <L 21>
        wp::adj_mul(var_4, var_7, adj_4, adj_5, adj_6);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_5);
        adj_drag_force_0(var_2, var_k_damp, adj_2, adj_k_damp, adj_4);
        // adj: a = drag_force(vel, k_damp) * inv_masses[tid]                                     <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: vel = v[tid]                                                                      <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def velocity_step(                                                                <L 10>
        continue;
    }
}

